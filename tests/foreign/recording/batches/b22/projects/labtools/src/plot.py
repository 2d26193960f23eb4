print('plot')
